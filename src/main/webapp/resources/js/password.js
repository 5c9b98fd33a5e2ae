/*
 * Show-password buttons: pressed means the password is shown. A file, not inline script, because
 * the content security policy allows no inline code.
 */
(function () {
    "use strict";
    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest(".password-entry__toggle") : null;
        if (!button) {
            return;
        }
        var input = button.closest(".password-entry").querySelector("input");
        var show = input.type === "password";
        input.type = show ? "text" : "password";
        button.setAttribute("aria-pressed", show ? "true" : "false");
    });
}());
