using NodaTime;
using NodaTime.Text;

namespace Daisee.Billing.Worker.Ingest;

/// <summary>
/// ISO-8601 stamps as the grid operator writes them, parsed fast: <c>yyyy-MM-ddTHH:mm:ss</c>
/// followed by <c>Z</c> or <c>±hh:mm</c> (with offset), or nothing (naive local time, also with
/// a space instead of <c>T</c>). Anything else (fractions of seconds, other shapes) goes
/// through NodaTime's extended ISO patterns. Invalid dates and times (hour 24, 31 June) fail,
/// and so do stamps outside the years <see cref="MinYear"/>–<see cref="MaxYear"/>: every later
/// difference of two stamps then fits any step arithmetic.
/// </summary>
public static class IsoStamp
{
    private static readonly OffsetDateTimePattern WithOffset = OffsetDateTimePattern.ExtendedIso;
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.ExtendedIso;

    public const int MinYear = 1900;
    public const int MaxYear = 2200;

    public static Instant? ParseInstant(string text)
    {
        var s = text.AsSpan().Trim();
        if (TryFast(s, out var instant))
        {
            return instant;
        }

        var result = WithOffset.Parse(s.ToString());
        return result.Success && InRange(result.Value.Year) ? result.Value.ToInstant() : null;
    }

    /// <summary>
    /// The same stamp as UTF-8 bytes (a field as the CSV reader holds it): the two common shapes are
    /// read without making a string; anything else is decoded and read as <see cref="ParseInstant(string)"/> does.
    /// </summary>
    public static Instant? ParseInstant(ReadOnlySpan<byte> utf8) =>
        TryParseCommon(utf8, out var instant) ? instant : ParseInstant(System.Text.Encoding.UTF8.GetString(utf8));

    /// <summary>The two common shapes (20 or 25 bytes: <c>Z</c> or <c>±hh:mm</c>) exactly as <see cref="ParseInstant(string)"/> reads them first; false for any other.</summary>
    public static bool TryParseCommon(ReadOnlySpan<byte> utf8, out Instant instant)
    {
        instant = default;
        if (utf8.Length is not (20 or 25))
        {
            return false;
        }

        // Bytes above 0x7F become characters no digit or separator check accepts.
        Span<char> chars = stackalloc char[utf8.Length];
        for (var i = 0; i < utf8.Length; i++)
        {
            chars[i] = (char)utf8[i];
        }

        return TryFast(chars, out instant);
    }

    /// <summary>
    /// The <c>HH:mm:ss</c> of a stamp of a common shape (its bytes 11 to 18) as seconds since midnight,
    /// checked as <see cref="TryParseCommon"/> checks it: a stamp whose date and offset are those of a
    /// stamp already read that way names that stamp's instant moved by the difference of the two times.
    /// </summary>
    public static bool TryTimeOfDay(ReadOnlySpan<byte> clock, out int seconds)
    {
        seconds = 0;
        if (clock.Length != 8 || clock[2] != ':' || clock[5] != ':')
        {
            return false;
        }

        foreach (var at in (ReadOnlySpan<int>)[0, 1, 3, 4, 6, 7])
        {
            if (!char.IsAsciiDigit((char)clock[at]))
            {
                return false;
            }
        }

        var (h, mi, se) = (Two(clock, 0), Two(clock, 3), Two(clock, 6));
        if (h > 23 || mi > 59 || se > 59)
        {
            return false;
        }

        seconds = (h * 3600) + (mi * 60) + se;
        return true;
    }

    /// <summary><c>yyyy-MM-ddTHH:mm:ss</c> then <c>Z</c> or <c>±hh:mm</c>, exactly; false for any other shape.</summary>
    private static bool TryFast(ReadOnlySpan<char> s, out Instant instant)
    {
        instant = default;
        if (s.Length < 20 || !TryLocalSeconds(s[..19], out var localSeconds))
        {
            return false;
        }

        var rest = s[19..];
        if (rest is "Z")
        {
            instant = Instant.FromUnixTimeSeconds(localSeconds);
            return true;
        }

        if (rest.Length == 6 && rest[0] is '+' or '-' && rest[3] == ':' && TryDigits(rest[1..3], out var h) && TryDigits(rest[4..6], out var m) && h <= 18 && m < 60)
        {
            var seconds = ((h * 3600) + (m * 60)) * (rest[0] == '-' ? -1 : 1);
            instant = Instant.FromUnixTimeSeconds(localSeconds - seconds);
            return true;
        }

        return false;
    }

    /// <summary>
    /// <c>yyyy-MM-ddTHH:mm:ss</c> checked as <see cref="TryLocal"/> does, as seconds since 1970-01-01T00:00
    /// of the same clock (the instant it names in UTC), computed from the civil date without building NodaTime values.
    /// </summary>
    private static bool TryLocalSeconds(ReadOnlySpan<char> s, out long seconds)
    {
        seconds = 0;
        if (s.Length != 19 || s[4] != '-' || s[7] != '-' || s[10] is not ('T' or ' ') || s[13] != ':' || s[16] != ':'
            || !TryDigits(s[..4], out var y) || !TryDigits(s[5..7], out var mo) || !TryDigits(s[8..10], out var d)
            || !TryDigits(s[11..13], out var h) || !TryDigits(s[14..16], out var mi) || !TryDigits(s[17..19], out var se))
        {
            return false;
        }

        if (!InRange(y) || mo is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, mo) || h > 23 || mi > 59 || se > 59)
        {
            return false;
        }

        // Days from the civil date (proleptic Gregorian, years 1900-2200 here: no negative era).
        var year = mo <= 2 ? y - 1 : y;
        var era = year / 400;
        var yearOfEra = year - (era * 400);
        var dayOfYear = ((153 * (mo > 2 ? mo - 3 : mo + 9)) + 2) / 5 + d - 1;
        var dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        var days = (era * 146097L) + dayOfEra - 719468;
        seconds = (days * 86400) + (h * 3600) + (mi * 60) + se;
        return true;
    }

    public static LocalDateTime? ParseLocal(string text)
    {
        var s = text.AsSpan().Trim();
        if (s.Length == 16 && TryLocal($"{s}:00", out var minutes))
        {
            return minutes;
        }

        if (s.Length == 19 && TryLocal(s, out var local))
        {
            return local;
        }

        var result = Local.Parse(s.ToString().Replace(' ', 'T'));
        return result.Success && InRange(result.Value.Year) ? result.Value : null;
    }

    private static bool TryLocal(ReadOnlySpan<char> s, out LocalDateTime value)
    {
        value = default;
        if (s.Length != 19 || s[4] != '-' || s[7] != '-' || s[10] is not ('T' or ' ') || s[13] != ':' || s[16] != ':'
            || !TryDigits(s[..4], out var y) || !TryDigits(s[5..7], out var mo) || !TryDigits(s[8..10], out var d)
            || !TryDigits(s[11..13], out var h) || !TryDigits(s[14..16], out var mi) || !TryDigits(s[17..19], out var se))
        {
            return false;
        }

        if (!InRange(y) || mo is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, mo) || h > 23 || mi > 59 || se > 59)
        {
            return false;
        }

        value = new LocalDateTime(y, mo, d, h, mi, se);
        return true;
    }

    private static int Two(ReadOnlySpan<byte> digits, int at) => ((digits[at] - '0') * 10) + (digits[at + 1] - '0');

    private static bool InRange(int year) => year is >= MinYear and <= MaxYear;

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
