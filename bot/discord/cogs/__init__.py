"""One cog per feature, each a discord.py extension with ``setup()``: answers (commands,
mentions, the Ask partnerbot menu), admin (reload) and moderation (gaps, stats)."""
