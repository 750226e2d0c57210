"""Files the register commands read and write (issue 27): bounded, regular, never the register.

``import`` and ``verify --anchor`` read a file the user names: a device (``/dev/zero``) or a FIFO
would grow without end or hang, so only a regular file of at most ``limit`` bytes is read, and
that is decided from ``stat`` before it is opened. ``export`` and ``tool remove --export-first``
write a file the user names: the register's own SQLite file (or its journal) is refused, since
writing there would destroy the register.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from ethics_toolkit.cli.texts import CANNOT_READ
from ethics_toolkit.errors import UserFacingError
from ethics_toolkit.i18n.text import Bilingual

if TYPE_CHECKING:
    from ethics_toolkit.register.storage.store import Store

NOT_A_FILE = Bilingual(
    sv="{path} är ingen vanlig fil ({kind}); inget lästes. Ange en exportfil (.json) eller en "
    "rapport (.pdf).",
    en="{path} is not a regular file ({kind}); nothing was read. Name an export file (.json) or "
    "a report (.pdf).",
)
_KINDS = {
    stat.S_IFDIR: Bilingual(sv="en mapp", en="a folder"),
    stat.S_IFCHR: Bilingual(sv="en teckenenhet", en="a character device"),
    stat.S_IFBLK: Bilingual(sv="en blockenhet", en="a block device"),
    stat.S_IFIFO: Bilingual(sv="ett namngivet rör (FIFO)", en="a named pipe (FIFO)"),
    stat.S_IFSOCK: Bilingual(sv="en socket", en="a socket"),
}
_JOURNALS = ("", "-wal", "-shm", "-journal")


def _error(template: Bilingual, **values: object) -> UserFacingError:
    return UserFacingError(en=template.format("en", **values), sv=template.format("sv", **values))


def _refuse_special(path: Path, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    kind = _KINDS.get(stat.S_IFMT(mode), Bilingual(sv="en specialfil", en="a special file"))
    raise UserFacingError(
        en=NOT_A_FILE.format("en", path=path, kind=kind.en),
        sv=NOT_A_FILE.format("sv", path=path, kind=kind.sv),
    )


def read_regular(path: Path, *, limit: int, check_size: object) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; ``check_size(size)`` raises the
    caller's own "too large" message. Devices, FIFOs and folders are refused before opening."""
    try:
        _refuse_special(path, path.stat().st_mode)
        check_size(path.stat().st_size)  # type: ignore[operator]
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            _refuse_special(path, os.fstat(handle.fileno()).st_mode)  # swapped meanwhile
            data = handle.read(limit + 1)
    except OSError as error:
        raise _error(CANNOT_READ, path=path, reason=error.strerror or error) from error
    check_size(len(data))  # type: ignore[operator]
    return data


def refuse_register_file(store: Store, target: Path) -> None:
    """Refuse to write ``target`` when it is the register's own SQLite file or its journal."""
    from ethics_toolkit.register.storage.store import ONTO_REGISTER

    register = store.file_path
    if register is None:
        return
    resolved = target.expanduser().resolve()
    for suffix in _JOURNALS:
        candidate = register.with_name(register.name + suffix)
        same = resolved == candidate.resolve()
        if not same and target.exists() and candidate.exists():
            same = os.path.samefile(target, candidate)
        if same:
            raise _error(ONTO_REGISTER, path=target)
