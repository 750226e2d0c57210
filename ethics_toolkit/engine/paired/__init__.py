"""Paired (counterfactual) CV testing of a screening tool itself (issue 24).

A correspondence test: synthetic CVs that differ only in the signals of the attributes under test
(gender and origin through names, optionally age through the birth year and a parental-leave gap)
are run through the vendor's tool, and its answers are compared pair by pair. No real applicant's
data is needed, and the tool can be tested before it is bought or switched on.

The rooms of this package, in the order a test travels:

- ``profile``: the job profile (YAML) the CVs are written for;
- ``names``: the curated first and last names that carry the gender and origin signals;
- ``cv``: one base CV's content, and the variant documents built from it;
- ``design``: the full crossing per base CV, opaque ids and file names, the manifest;
- ``variants``: the text-diff check that variants differ only in the tested signals;
- ``answers``: the tool's export read and matched to the manifest;
- ``analysis`` and ``power``: paired statistics, verdicts and the number of CVs needed;
- ``texts``: the labels and findings, in Swedish and English.
"""
