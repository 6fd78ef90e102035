"""The seeds app owns no tables; Piccolo still wants a migrations folder."""
