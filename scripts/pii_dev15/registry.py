SHAPES = {}


def shape(name, langs=None, w=1.0, free=False, json_nested=None, locs=None):
    """Register a shape.  langs: set of language keys it can be written in
    (None = any).  json_nested: the text is JSON; list of keys whose string
    values are JSON too (checked)."""
    def deco(fn):
        assert name not in SHAPES, name
        SHAPES[name] = dict(fn=fn, langs=langs, locs=locs, w=w, free=free, json=json_nested is not None,
                            nested=json_nested or [])
        return fn
    return deco
