"""The assets, one module each: input_folder, raw_documents, sentences, figures, facts
(with claims and identity_checks), release."""
