"""The `fazhi` group loads a command's module only when that command runs (or help lists it):
`fazhi search` should not pay for Scrapy, sqlite-utils and matplotlib, which other commands'
modules import (importing them all took ~1.2 s; the goal for `fazhi search 复议` is 250 ms)."""

from __future__ import annotations

import importlib

import click

from fazhi.errors import FazhiGroup

# command name → "module:attribute" of the click command
LAZY_COMMANDS = {
    "rebuild": "fazhi.rebuild_command:rebuild",
    "export": "fazhi.data_commands:export_command",
    "serve": "fazhi.data_commands:serve_command",
    "archive": "fazhi.data_commands:archive",
    "new-portal": "fazhi.portal_commands:new_portal",
    "check-portal": "fazhi.portal_commands:check_portal",
    "discover": "fazhi.portal_commands:discover_command",
    "stats": "fazhi.analysis_commands:stats",
    "trend": "fazhi.analysis_commands:trend_command",
    "compare": "fazhi.analysis_commands:compare_command",
}


class LazyGroup(FazhiGroup):
    """FazhiGroup with the LAZY_COMMANDS imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in LAZY_COMMANDS and cmd_name not in self.commands:
            module, attribute = LAZY_COMMANDS[cmd_name].split(":")
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)
