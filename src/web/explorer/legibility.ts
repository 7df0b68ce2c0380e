// How the graph stays legible from two nodes to hundreds and from 1024 px wide screens up:
// "Fit" zooms out no further than labels can be read and in no further than a handful of
// nodes needs, and only the nodes that matter keep their labels until the reader zooms in.
// Shared with the browser test, which checks the picture against these numbers.

/** Fit stops zooming out here: the 12 px labels are drawn at about 10 px. */
export const FIT_MIN_ZOOM = 0.8;
/** Fit stops zooming in here: two nodes would otherwise fill the canvas at three times their size. */
export const FIT_MAX_ZOOM = 1.6;
/** Space kept free around the picture when it is fitted, in screen pixels. */
export const FIT_PADDING = 36;
/** From this zoom on every node is labelled; below it only the key nodes are. */
export const DETAIL_ZOOM = 1.2;
/** Key nodes include the HUB_COUNT most connected ones (more on a tie) of at least HUB_MIN_DEGREE claims. */
export const HUB_COUNT = 8;
export const HUB_MIN_DEGREE = 3;
