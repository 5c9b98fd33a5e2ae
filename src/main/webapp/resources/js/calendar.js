/* The programme calendar's Schedule (given to p:schedule as its extender; no inline script).
   A seven-column month is unreadable on a phone, so there it opens as a list. Month and list grow
   with their sessions; the week gets a fixed height instead, so it can open scrolled to the
   session hours rather than at midnight. The Schedule runs in UTC on the member's wall times, so
   "today" is moved by the member's offset from UTC (given on the page) to fall on their day. */
window.PortalCalendar = {
    extend: function () {
        var widget = this;
        var options = this.cfg.options;
        var clock = document.querySelector('[data-member-utc-offset-ms]');
        if (clock) {
            var offset = parseInt(clock.getAttribute('data-member-utc-offset-ms'), 10) || 0;
            options.now = function () { return new Date(Date.now() + offset); };
        }
        if (window.matchMedia && window.matchMedia('(max-width: 40rem)').matches) {
            options.initialView = 'listMonth';
        }
        options.datesSet = function (info) {
            var calendar = widget.calendar || info.view.calendar;
            var wanted = info.view.type.indexOf('timeGrid') === 0 ? 640 : 'auto';
            if (calendar && calendar.getOption('height') !== wanted) {
                calendar.setOption('height', wanted);
                if (wanted !== 'auto') {
                    // After the re-render that the new height causes.
                    setTimeout(function () { calendar.scrollToTime(options.scrollTime); }, 0);
                }
            }
        };
    }
};
