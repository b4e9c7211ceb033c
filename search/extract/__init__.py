"""Extraction: what an article's text reveals (source, date, quotes, speakers, places).

A chain of small functions ``Article -> values``; see ``search.extract.pipeline``.
"""
