"""The Discord front end: parses Discord input into engine requests and renders answers.

Nothing here answers anything: all answering stays in ``bot.engine``.
"""
