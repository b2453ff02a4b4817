"""Running the bot in production: unanswered-question records (gaps), metrics, the health
endpoint, the knowledge directory watcher and structured logs.

Nothing here is needed to answer a question; every piece is optional and a failure in
one of them is logged and never stops answers.
"""
