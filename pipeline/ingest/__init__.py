"""Input folder to documents and sentences: bytes to text, page clean-up, the documents table,
sentence segmentation, and the per-document cache the per-document stages share.
"""
