"""One cog per feature: answers (commands and mentions) and admin (reload)."""
