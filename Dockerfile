# The app for Neo4j deployments (see docker-compose.yml). The playground is built into the image.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build:web && npm run build:server
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
# `npm run seed` loads the shipped articles into an empty store on first start (the app does it too).
# Plain JavaScript under node (tools/build-server.ts), as `npm start` runs it.
CMD ["node", "dist/app/main.js"]
