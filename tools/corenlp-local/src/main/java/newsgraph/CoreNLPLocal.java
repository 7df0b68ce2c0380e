package newsgraph;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import javax.json.Json;
import javax.json.JsonObject;
import javax.json.JsonString;

/**
 * Stanford CoreNLP behind an HTTP server on 127.0.0.1 (or --bind, for a container), answering the CoreNLP server's protocol
 * for what newsgraph asks: {@code POST /?properties=<URL-encoded JSON>} with the text as the body,
 * JSON out; {@code GET /ready}, {@code GET /live}; and {@code GET /timing}, each annotator's total
 * time so far. (StanfordCoreNLPServer itself listens on every interface.)
 *
 * <pre>
 * java -mx3g -cp target/classes:$(cat target/classpath.txt) newsgraph.CoreNLPLocal [--port N] [--threads N]
 * </pre>
 *
 * Loads every model before it prints its one stdout line, {@code CORENLP_READY http://127.0.0.1:<port>}.
 * Stops when stdin reaches EOF (the parent died) or on SIGTERM.
 */
public final class CoreNLPLocal {
    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
    private static final Map<String, StanfordCoreNLP> pipelines = new ConcurrentHashMap<>();
    private static volatile boolean ready;

    public static void main(String[] args) throws Exception {
        int port = 0;
        int threads = 2;
        // Loopback unless told otherwise (a container publishes its port from 0.0.0.0).
        InetAddress bind = InetAddress.getLoopbackAddress();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--bind" -> bind = InetAddress.getByName(args[++i]);
                default -> {
                    System.err.println("usage: CoreNLPLocal [--port N] [--threads N] [--bind ADDRESS]");
                    System.exit(2);
                }
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(bind, port), 0);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.createContext("/live", ex -> send(ex, 200, "text/plain", "live\n"));
        server.createContext("/ready", ex -> send(ex, ready ? 200 : 503, "text/plain", ready ? "ready\n" : "loading\n"));
        server.createContext("/timing", ex -> send(ex, 200, "text/plain", timing()));
        server.createContext("/", CoreNLPLocal::annotate);
        server.start();
        watchStdin(server);
        // Load every model now (a first request would otherwise take tens of seconds).
        Annotation warm = new Annotation("Ready at last, the server said on Monday.");
        pipeline(Map.of()).annotate(warm);
        ready = true;
        System.out.println("CORENLP_READY http://" + (bind.isAnyLocalAddress() ? "127.0.0.1" : bind.getHostAddress()) + ":" + server.getAddress().getPort());
        System.out.flush();
    }

    /**
     * One pipeline per distinct set of properties (the date is per document, not per pipeline).
     * Each holds its models, so clients should keep to one set: newsgraph sends these defaults.
     */
    private static StanfordCoreNLP pipeline(Map<String, String> requested) {
        Map<String, String> props = new TreeMap<>();
        props.put("annotators", ANNOTATORS);
        props.put("coref.algorithm", "statistical");
        // Paragraph breaks end sentences: a caption or headline never runs into the body.
        props.put("ssplit.newlineIsSentenceBreak", "two");
        props.putAll(requested);
        props.remove("outputFormat");
        props.remove("date");
        return pipelines.computeIfAbsent(props.toString(), key -> {
            Properties p = new Properties();
            p.putAll(props);
            return new StanfordCoreNLP(p);
        });
    }

    private static void annotate(HttpExchange ex) throws IOException {
        try {
            if (!"POST".equals(ex.getRequestMethod())) {
                send(ex, 405, "text/plain", "POST the text to annotate\n");
                return;
            }
            Map<String, String> props = new TreeMap<>();
            String query = ex.getRequestURI().getRawQuery();
            if (query != null) {
                for (String pair : query.split("&")) {
                    if (!pair.startsWith("properties=")) continue;
                    String json = URLDecoder.decode(pair.substring("properties=".length()), StandardCharsets.UTF_8);
                    JsonObject object = Json.createReader(new StringReader(json)).readObject();
                    for (String key : object.keySet()) {
                        var value = object.get(key);
                        props.put(key, value instanceof JsonString s ? s.getString() : value.toString());
                    }
                }
            }
            String text = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Annotation document = new Annotation(text);
            if (props.containsKey("date")) document.set(CoreAnnotations.DocDateAnnotation.class, props.get("date"));
            StanfordCoreNLP pipeline = pipeline(props);
            pipeline.annotate(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                pipeline.jsonPrint(document, writer);
            }
            send(ex, 200, "application/json", out.toByteArray());
        } catch (RuntimeException | Error e) {
            send(ex, 500, "text/plain", e + "\n");
        }
    }

    private static String timing() {
        StringBuilder out = new StringBuilder();
        pipelines.forEach((key, p) -> out.append(key).append('\n').append(p.timingInformation()).append('\n'));
        return out.toString();
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }

    /** A parent that dies closes our stdin: treat EOF as a stop request so no orphan JVM is left. */
    private static void watchStdin(HttpServer server) {
        Thread t = new Thread(() -> {
            try {
                byte[] buf = new byte[256];
                while (System.in.read(buf) != -1) { /* ignore input */ }
            } catch (IOException ignored) {
                // stdin unreadable: stop as if it closed
            }
            server.stop(0);
            System.exit(0);
        }, "corenlp-local-stdin");
        t.setDaemon(true);
        t.start();
    }
}
