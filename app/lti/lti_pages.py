"""The few pages LTI needs, rendered on the server: a refusal, the deep-linking picker, the form that posts the signed
response back to the platform, and the landing page of a launch when no FRONTEND_URL is set. Each page answers with
its Content-Security-Policy: nothing loads from elsewhere, its one script runs by nonce, forms post only where named.
"""

from __future__ import annotations

import secrets
from html import escape
from urllib.parse import urlsplit

from app.lti.lti_deep_link import Choice

STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}"
    "h1{font-size:1.3rem}li{margin:.4rem 0}button{font-size:1rem;padding:.3rem .8rem}.muted{color:#555}"
)


def _page(title: str, body: str, *, form_action: str = "'none'", nonce: str | None = None) -> tuple[str, str]:
    script = f"'nonce-{nonce}'" if nonce else "'none'"
    csp = (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src {script}; connect-src 'self'; "
        f"form-action {form_action}; base-uri 'none'; frame-ancestors *"
    )
    html = (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{STYLE}</style></head><body>{body}</body></html>"
    )
    return html, csp


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def refusal(title: str, detail: str, status: int) -> tuple[str, str]:
    return _page(
        title,
        f"<h1>{escape(title)}</h1><p>{escape(detail)}</p>"
        f'<p class="muted">Nothing was changed (HTTP {status}). Go back to your course and open the tool again; '
        "if it keeps failing, tell your course's instructor.</p>",
    )


def picker(code: str, choices: list[Choice], action: str) -> tuple[str, str]:
    if not choices:
        items = "<p>This class has no assignments yet: create one in the autograder first.</p>"
    else:
        rows = "".join(
            f'<li><label><input type="radio" name="item_id" value="{c.item_id}" required> {escape(c.title)} '
            f'<span class="muted">({escape(c.mode)}, {c.points:g} points)</span></label></li>'
            for c in choices
        )
        items = f'<ul style="list-style:none;padding:0">{rows}</ul><button type="submit">Add to the course</button>'
    body = (
        "<h1>Choose an autograder assignment</h1>"
        f'<form method="post" action="{escape(action)}"><input type="hidden" name="code" value="{escape(code)}">'
        f"{items}</form>"
    )
    return _page("Choose an assignment", body, form_action="'self'")


def post_back(return_url: str, jwt_value: str) -> tuple[str, str]:
    """Posts the signed response to the platform at once (by script; a button when scripts are off)."""
    nonce = secrets.token_urlsafe(16)
    body = (
        f'<form id="back" method="post" action="{escape(return_url)}">'
        f'<input type="hidden" name="JWT" value="{escape(jwt_value)}">'
        '<p>Returning to your course…</p><noscript><button type="submit">Continue</button></noscript></form>'
        f'<script nonce="{nonce}">document.getElementById("back").submit();</script>'
    )
    return _page("Returning to the course", body, form_action=_origin(return_url), nonce=nonce)


def landing(exchange_url: str) -> tuple[str, str]:
    """Exchanges the code in the address for the API's token (kept in this tab's session storage only) and says who
    was signed in; the code leaves the address bar at once."""
    nonce = secrets.token_urlsafe(16)
    script = (
        "const p=new URLSearchParams(location.search);const code=p.get('lti_code');"
        "history.replaceState(null,'',location.pathname);"
        f"fetch({exchange_url!r},{{method:'POST',headers:{{'content-type':'application/json'}},"
        "body:JSON.stringify({code})}).then(r=>r.json().then(b=>({ok:r.ok,b}))).then(({ok,b})=>{"
        "const out=document.getElementById('out');"
        "if(!ok){out.textContent=b.detail||'This launch could not be completed.';return;}"
        "sessionStorage.setItem('autograder_token',b.access_token);"
        "out.textContent='Signed in. Class '+b.class_id+(b.assignment_id?', assignment '+b.assignment_id:'')+'.';});"
    )
    body = f'<h1>Autograder</h1><p id="out">Signing you in…</p><script nonce="{nonce}">{script}</script>'
    return _page("Autograder", body, nonce=nonce)


def registered(name: str, issuer: str, deployments: list[str]) -> tuple[str, str]:
    """Dynamic Registration's last page: says what was registered and tells the platform's window to close it
    (`org.imsglobal.lti.close`, posted to the window that opened or framed this one)."""
    nonce = secrets.token_urlsafe(16)
    where = ", ".join(deployments) or "none yet: add it with PATCH /api/lti/platforms/{id}"
    script = "(window.opener||window.parent).postMessage({subject:'org.imsglobal.lti.close'},'*');"
    body = (
        f"<h1>Autograder registered</h1><p>{escape(name)}: issuer {escape(issuer)}, deployment {escape(where)}.</p>"
        '<p class="muted">You can close this window.</p>'
        f'<script nonce="{nonce}">{script}</script>'
    )
    return _page("Autograder registered", body, nonce=nonce)
