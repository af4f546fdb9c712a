"""Identity: which mentions name one entity, under which key, and who held which post when.

- :mod:`kg.identity.keys`: :class:`~kg.identity.keys.EntityKey`, the typed key of an entity,
  and its stable string form (node ids, IRIs, ``merges.jsonl``);
- :mod:`kg.identity.normalise`: the forms names are compared in, a programme's name variants;
- :mod:`kg.identity.entities`: a key for each mention of a document, one record per entity;
- :mod:`kg.identity.aliases`: the user's alias file;
- :mod:`kg.identity.merge`: merges across documents (a union-find; every merge with its reason);
- :mod:`kg.identity.jurisdiction`: the chain of divisions a node lies in, carried by the node.

The package imports nothing itself: :mod:`~kg.identity.keys` depends on nothing in kg, so every
layer may use it; the rest sits above NER.
"""
