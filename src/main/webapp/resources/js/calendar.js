/* The programme calendar's Schedule (given to p:schedule as its extender; no inline script).
   A seven-column month is unreadable on a phone, so there it opens as a list. Month and list grow
   with their sessions; the week gets a fixed height instead, so it can open scrolled to the
   session hours rather than at midnight. */
window.PortalCalendar = {
    extend: function () {
        var widget = this;
        var options = this.cfg.options;
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
