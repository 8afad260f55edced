"""Sub-commands of ``actorgraph``, one module per family; ``actorgraph.cli`` assembles them
(importing a module only when its command runs). They share :mod:`actorgraph.commands.common`.
"""
