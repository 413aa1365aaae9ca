package dev.junction.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.argument.Argument;

/**
 * Conversions between Java values and columns that behave the same on H2 and PostgreSQL: instants as
 * {@code TIMESTAMP WITH TIME ZONE} through {@link OffsetDateTime} (JDBC 4.2), truncated to microseconds,
 * the precision both databases keep.
 */
final class SqlValues {

    private SqlValues() {}

    static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    static Argument time(Instant instant) {
        OffsetDateTime value = instant == null ? null : OffsetDateTime.ofInstant(micros(instant), ZoneOffset.UTC);
        return (position, statement, context) -> {
            if (value == null) {
                statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(position, value);
            }
        };
    }

    static Long millis(Duration duration) {
        return duration == null ? null : duration.toMillis();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Duration duration(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofMillis(value);
    }

    /**
     * A LIKE pattern matching {@code prefix} literally followed by anything; use with {@code ESCAPE '!'}
     * (not backslash, which SQL parsers and string-literal settings treat differently).
     */
    static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
