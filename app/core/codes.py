"""Personal voter codes: four digits on a ballot card, kept only as salted hashes.

Four digits stop a classmate from casting someone else's ballot by accident or in jest; they
are not a secret against someone who reads the session file with a computer.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

ITERATIONS = 20_000


def new_code() -> str:
    return f"{secrets.randbelow(10_000):04d}"


def hash_code(code: str, member_id: str) -> str:
    salt = secrets.token_hex(8)
    digest = hashlib.pbkdf2_hmac("sha256", f"{member_id}:{code}".encode(), bytes.fromhex(salt), ITERATIONS)
    return f"pbkdf2${salt}${digest.hex()}"


def check_code(code: str, member_id: str, stored: str) -> bool:
    try:
        kind, salt, digest = stored.split("$")
        got = hashlib.pbkdf2_hmac("sha256", f"{member_id}:{code.strip()}".encode(), bytes.fromhex(salt), ITERATIONS)
    except ValueError:
        return False
    return kind == "pbkdf2" and hmac.compare_digest(got.hex(), digest)
