/*
 * The header's disclosure buttons: the menu that folds the navigation on small screens, and the
 * account menu. A file, not inline script, because the content security policy allows no inline code.
 * A button names what it opens in aria-controls; Escape closes and gives the focus back to the button;
 * a click elsewhere closes a pop-up.
 */
(function () {
    "use strict";

    function targets(button) {
        return (button.getAttribute("aria-controls") || "").split(/\s+/)
            .map(function (id) { return document.getElementById(id); })
            .filter(function (element) { return element !== null; });
    }

    function setOpen(button, open) {
        button.setAttribute("aria-expanded", open ? "true" : "false");
        targets(button).forEach(function (target) { target.classList.toggle("is-open", open); });
    }

    function contains(button, node) {
        return button.contains(node) || targets(button).some(function (target) { return target.contains(node); });
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("[data-disclosure]") : null;
        document.querySelectorAll("[data-disclosure='popup'][aria-expanded='true']").forEach(function (open) {
            if (open !== button && !contains(open, event.target)) {
                setOpen(open, false);
            }
        });
        if (button) {
            setOpen(button, button.getAttribute("aria-expanded") !== "true");
        }
    });

    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") {
            return;
        }
        document.querySelectorAll("[data-disclosure][aria-expanded='true']").forEach(function (open) {
            var focusInside = contains(open, document.activeElement);
            setOpen(open, false);
            if (focusInside) {
                open.focus();
            }
        });
    });
}());
