// ES module: `import glassbox from '<glassbox>/glassbox.mjs'`; the base URL defaults to
// where this module came from.
glassbox._endpoint(new URL(import.meta.url).origin);
export default glassbox;
export var init = glassbox.init;
export var correlationId = glassbox.correlationId;
export var newInteraction = glassbox.newInteraction;
export var feedback = glassbox.feedback;
export var track = glassbox.track;
export var flush = glassbox.flush;
