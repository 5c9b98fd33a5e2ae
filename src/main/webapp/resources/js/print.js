/* "Print this page" buttons (data-print): the browser's print dialog, which uses css/print.css.
   A file of its own, since the content security policy allows no inline handlers. */
document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('[data-print]') : null;
    if (button) {
        event.preventDefault();
        window.print();
    }
});
