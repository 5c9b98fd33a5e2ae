/* A topic's page (forum/topic.xhtml; no inline script). After a reply is posted, the page marks the
   new reply with data-focus-here (and tabindex="-1"); focus lands on it, so a keyboard or screen
   reader user is where their words are, and hears "Your reply is up." read from it. Each reply is
   focused once: later Ajax answers (support, flags) re-render the mark but leave the focus alone. */
(function () {
    var focused = {};
    /* The support button last pressed: the Ajax answer re-renders the posts, and focus comes back
       to the same button, so a keyboard user stays on the post they were reading. */
    var supporting = null;

    function focusNewReply() {
        var target = document.querySelector('[data-focus-here]');
        if (!target || focused[target.id]) {
            return;
        }
        focused[target.id] = true;
        target.focus();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', focusNewReply);
    } else {
        focusNewReply();
    }
    /* One command for every support button on the page (supportPost, a p:remoteCommand): plain
       buttons render far faster than an Ajax button per post. */
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('[data-support-post]') : null;
        var field = document.getElementById('posts:supportedPost');
        if (!button || button.disabled || !field || typeof window.supportPost !== 'function') {
            return;
        }
        supporting = button.getAttribute('data-support-post');
        field.value = supporting;
        button.disabled = true; /* one press, one change: a double click would take the support back */
        window.supportPost();
    });

    function focusSupportedPost() {
        if (supporting === null) {
            return;
        }
        var button = document.querySelector('[data-support-post="' + supporting + '"]');
        supporting = null;
        if (button) {
            button.focus();
        }
    }

    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', focusNewReply);
        window.jQuery(document).on('pfAjaxComplete', focusSupportedPost);
    }
})();
