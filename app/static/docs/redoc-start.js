// Starts ReDoc on the document; a file of its own so the page's CSP needs no inline script.
Redoc.init("/schema/openapi.json", { hideDownloadButton: false }, document.getElementById("redoc"));
