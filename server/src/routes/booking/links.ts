/** Mini-program pages that booking messages and codes open (paths inside the booking subpackage). */
export const MY_BOOKINGS_LINK = '/packages/booking/pages/mine/index';
export const CHECK_IN_PAGE = 'packages/booking/pages/check-in/index';
