"""Named-entity recognition for kg: the pipeline's components and what they use.

:mod:`.components` holds the spaCy components that :mod:`kg.nlp` assembles, :mod:`.state` what they
share about a document (``doc._.kg``); the finders :mod:`.places`, :mod:`.agencies`, :mod:`.people` and
:mod:`.programmes` propose candidates; :mod:`.resolve` settles their overlaps (one priority table) and
:mod:`.propagate` adds the repetitions of a name; :mod:`.jurisdiction` picks an article's home places;
:mod:`.statistical` runs the CRF trained on CLUENER2020 (:mod:`.features`, :mod:`.crf`); :mod:`.api` is
``kg ner``.
"""
