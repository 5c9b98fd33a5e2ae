/* The programme calendar's Schedule (given to p:schedule as its extender; no inline script).
   A seven-column month is unreadable on a phone, so there it opens as a list. Month and list grow
   with their sessions; the week gets a fixed height instead, so it can open scrolled to the
   session hours rather than at midnight. The Schedule runs in UTC on the member's wall times, so
   "today" is moved by the member's offset from UTC (given on the page) to fall on their day.
   The Schedule's zone must be "UTC" (not "Z"): FullCalendar knows UTC itself, any other name goes to
   moment-timezone. While sessions load, the frame is aria-busy and a status says so. */
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
        // Until the visible range's sessions have arrived (an Ajax call), the frame is busy and says so.
        var frame = document.querySelector('.calendar-frame');
        var status = document.getElementById('calendarStatus');
        options.loading = function (isLoading) {
            if (frame) {
                frame.setAttribute('aria-busy', isLoading ? 'true' : 'false');
                frame.classList.toggle('is-loading', isLoading);
            }
            if (status) {
                status.classList.toggle('is-done', !isLoading);
                status.querySelector('.calendar-status__text').textContent = isLoading ? status.getAttribute('data-loading') : '';
            }
        };
        // FullCalendar names each day cell by its date alone (aria-labelledby), which hides the sessions the
        // cell shows from its name (axe: label-content-name-mismatch); unnamed, the cell reads as it looks.
        options.dayCellDidMount = function (info) {
            info.el.removeAttribute('aria-labelledby');
        };
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
