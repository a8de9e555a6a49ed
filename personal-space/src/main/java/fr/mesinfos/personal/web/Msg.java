package fr.mesinfos.personal.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word of the pages, French by default (messages/msg_fr.properties) and English (msg_en.properties); templates
 * use them as {msg:key}, checked at build time. One method per key of msg_fr.properties, its parameters in the order
 * the text names them.
 */
@MessageBundle(value = "msg", locale = "fr")
public interface Msg {
    @Message
    String app_name();

    @Message
    String skip_to_content();

    @Message
    String nav_label();

    @Message
    String nav_home();

    @Message
    String nav_data();

    @Message
    String nav_consents();

    @Message
    String nav_services();

    @Message
    String nav_export();

    @Message
    String hello(String who);

    @Message
    String logout();

    @Message
    String footer();

    @Message
    String back_home();

    @Message
    String cancel();

    @Message
    String show();

    @Message
    String details();

    @Message
    String next_page();

    @Message
    String error_title();

    @Message
    String error_not_found();

    @Message
    String error_unavailable();

    @Message
    String error_failed();

    @Message
    String error_forbidden();

    @Message
    String error_session();

    @Message
    String error_conflict();

    @Message
    String error_invalid();

    @Message
    String error_link_taken();

    @Message
    String error_link_invalid();

    @Message
    String error_choose_category();

    @Message
    String error_confirm_erasure();

    @Message
    String notice_linked();

    @Message
    String notice_unlinked();

    @Message
    String notice_approved();

    @Message
    String notice_refused();

    @Message
    String notice_withdrawn();

    @Message
    String notice_requested();

    @Message
    String notice_erased();

    @Message
    String notice_erasure_pending();

    @Message
    String goodbye_title();

    @Message
    String goodbye_text();

    @Message
    String login_again();

    @Message
    String home_title();

    @Message
    String home_held();

    @Message
    String home_nothing();

    @Message
    String home_total(long total);

    @Message
    String records_count(long count);

    @Message
    String col_category();

    @Message
    String col_count();

    @Message
    String col_first();

    @Message
    String col_last();

    @Message
    String col_period();

    @Message
    String col_points();

    @Message
    String col_time();

    @Message
    String col_radius();

    @Message
    String col_app();

    @Message
    String col_status();

    @Message
    String col_ended();

    @Message
    String col_deletion();

    @Message
    String col_action();

    @Message
    String col_by();

    @Message
    String col_what();

    @Message
    String col_level();

    @Message
    String col_hours();

    @Message
    String home_accounts();

    @Message
    String home_accounts_help();

    @Message
    String home_no_account();

    @Message
    String linked_on(String when);

    @Message
    String unlink();

    @Message
    String unlink_label(String account);

    @Message
    String link_title();

    @Message
    String link_partner();

    @Message
    String link_account();

    @Message
    String link_account_help();

    @Message
    String link_submit();

    @Message
    String account_kind_edf();

    @Message
    String account_kind_orange();

    @Message
    String account_kind_maif();

    @Message
    String data_title();

    @Message
    String held_span(long count, String first, String last);

    @Message
    String zoom_label();

    @Message
    String step();

    @Message
    String step_hour();

    @Message
    String step_day();

    @Message
    String step_month();

    @Message
    String from_day();

    @Message
    String to_day();

    @Message
    String energy_total(String kwh, String from, String to);

    @Message
    String energy_kwh();

    @Message
    String no_data_period();

    @Message
    String no_data();

    @Message
    String chart_energy_label(String name, int count);

    @Message
    String chart_caption();

    @Message
    String show_table();

    @Message
    String places_help(int count);

    @Message
    String chart_places_label(int count);

    @Message
    String places_caption();

    @Message
    String places_table();

    @Message
    String latitude();

    @Message
    String longitude();

    @Message
    String band_night();

    @Message
    String band_morning();

    @Message
    String band_afternoon();

    @Message
    String band_evening();

    @Message
    String field_instant();

    @Message
    String field_kind();

    @Message
    String field_direction();

    @Message
    String field_correspondentNumber();

    @Message
    String field_durationSeconds();

    @Message
    String field_smsCount();

    @Message
    String field_issuedAt();

    @Message
    String field_vendor();

    @Message
    String field_invoiceType();

    @Message
    String field_amount();

    @Message
    String field_currency();

    @Message
    String field_issueDate();

    @Message
    String field_invoiceNumber();

    @Message
    String field_dueDate();

    @Message
    String field_latitude();

    @Message
    String field_longitude();

    @Message
    String field_radiusMeters();

    @Message
    String consents_title();

    @Message
    String consents_pending();

    @Message
    String consents_none_pending();

    @Message
    String consents_active();

    @Message
    String consents_none_active();

    @Message
    String consents_ended();

    @Message
    String consents_none_ended();

    @Message
    String request_from(String app);

    @Message
    String why();

    @Message
    String how_long();

    @Message
    String days(int count);

    @Message
    String one_off();

    @Message
    String data_period();

    @Message
    String since(String day);

    @Message
    String until(String day);

    @Message
    String all_past();

    @Message
    String what_asked();

    @Message
    String access_days_label();

    @Message
    String approve();

    @Message
    String refuse();

    @Message
    String request_expires(String when);

    @Message
    String receives();

    @Message
    String until_label();

    @Message
    String received();

    @Message
    String received_nothing();

    @Message
    String received_line(long count, String category);

    @Message
    String withdraw();

    @Message
    String deletion_confirmed(String when);

    @Message
    String granted_on();

    @Message
    String receipts();

    @Message
    String receipts_none();

    @Message
    String receipts_help();

    @Message
    String receipt_line(String kind, int version, String when);

    @Message
    String history();

    @Message
    String status_REQUESTED();

    @Message
    String status_ACTIVE();

    @Message
    String status_WITHDRAWN();

    @Message
    String status_REVOKED();

    @Message
    String status_EXPIRED();

    @Message
    String status_REJECTED();

    @Message
    String services_title();

    @Message
    String services_help();

    @Message
    String service_needs();

    @Message
    String service_ask();

    @Message
    String service_AIR_EXPOSURE();

    @Message
    String service_AIR_EXPOSURE_help();

    @Message
    String service_ENERGY_WEATHER();

    @Message
    String service_ENERGY_WEATHER_help();

    @Message
    String service_TRANSIT_TRIPS();

    @Message
    String service_TRANSIT_TRIPS_help();

    @Message
    String exposure_period(Object from, Object to);

    @Message
    String exposure_caption();

    @Message
    String exposure_unknown();

    @Message
    String exposure_untracked();

    @Message
    String ew_month();

    @Message
    String ew_kwh();

    @Message
    String ew_hdd();

    @Message
    String ew_normalised();

    @Message
    String ew_trend();

    @Message
    String trips_none();

    @Message
    String trips_caption();

    @Message
    String trips_trip();

    @Message
    String trips_departure();

    @Message
    String trips_duration();

    @Message
    String trips_best();

    @Message
    String trips_not_served();

    @Message
    String export_title();

    @Message
    String export_h();

    @Message
    String export_help();

    @Message
    String export_download();

    @Message
    String erase_h();

    @Message
    String erase_help();

    @Message
    String erase_what();

    @Message
    String erase_some();

    @Message
    String erase_all();

    @Message
    String erase_next();

    @Message
    String erasures_h();

    @Message
    String erasures_none();

    @Message
    String erasure_COMPLETED();

    @Message
    String erasure_PENDING();

    @Message
    String confirm_title();

    @Message
    String confirm_all(long count);

    @Message
    String confirm_some(long count);

    @Message
    String confirm_all_consequences();

    @Message
    String confirm_some_consequences();

    @Message
    String confirm_understood();

    @Message
    String confirm_button();
}
