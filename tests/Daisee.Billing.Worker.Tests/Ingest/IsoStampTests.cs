using Daisee.Billing.Worker.Ingest;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Ingest;

/// <summary>The fast stamp parser agrees with ISO-8601 and refuses impossible dates and times.</summary>
[TestFixture]
public sealed class IsoStampTests
{
    [TestCase("2026-06-02T00:30:00+02:00", "2026-06-01T22:30:00Z")]
    [TestCase(" 2026-10-25T02:00:00+01:00 ", "2026-10-25T01:00:00Z")]
    [TestCase("2026-06-02T00:30:00Z", "2026-06-02T00:30:00Z")]
    [TestCase("2026-06-02T00:30:00-03:30", "2026-06-02T04:00:00Z")]
    [TestCase("2026-06-02T00:30:00.000+02:00", "2026-06-01T22:30:00Z")]
    public void ParseInstant_ValidStamp_GivesTheInstant(string text, string expected) =>
        Assert.That(IsoStamp.ParseInstant(text), Is.EqualTo(NodaTime.Text.InstantPattern.General.Parse(expected).Value));

    [TestCase("2026-06-02T00:30:00+02:00", "2026-06-01T22:30:00Z")]
    [TestCase("2026-06-02T00:30:00Z", "2026-06-02T00:30:00Z")]
    [TestCase("2026-06-02T00:30:00-03:30", "2026-06-02T04:00:00Z")]
    [TestCase("2026-06-02T00:30:00.000+02:00", "2026-06-01T22:30:00Z")]
    public void ParseInstant_Utf8Stamp_GivesTheInstant(string text, string expected) =>
        Assert.That(IsoStamp.ParseInstant(System.Text.Encoding.UTF8.GetBytes(text)), Is.EqualTo(NodaTime.Text.InstantPattern.General.Parse(expected).Value));

    [TestCase("2026-06-12T24:30:00+02:00")]
    [TestCase("2026-06-31T10:00:00+02:00")]
    [TestCase("2026-06-02T0é:30:00+02:0")]
    [TestCase("2026-06-02T00:3é:00+02:00")]
    public void ParseInstant_InvalidUtf8Stamp_IsNull(string text) =>
        Assert.That(IsoStamp.ParseInstant(System.Text.Encoding.UTF8.GetBytes(text)), Is.Null);

    [TestCase("2026-06-12T24:30:00+02:00")]
    [TestCase("2026-06-31T10:00:00+02:00")]
    [TestCase("2026-06-02 00:30:00")]
    [TestCase("02/06/2026 00:30")]
    [TestCase("")]
    public void ParseInstant_InvalidOrNaiveStamp_IsNull(string text) =>
        Assert.That(IsoStamp.ParseInstant(text), Is.Null);

    [TestCase("2026-10-25 02:30:00", 2026, 10, 25, 2, 30)]
    [TestCase("2026-10-25T02:30:00", 2026, 10, 25, 2, 30)]
    [TestCase("2026-10-25 02:30", 2026, 10, 25, 2, 30)]
    public void ParseLocal_NaiveStamp_GivesTheLocalTime(string text, int y, int mo, int d, int h, int mi) =>
        Assert.That(IsoStamp.ParseLocal(text), Is.EqualTo(new LocalDateTime(y, mo, d, h, mi)));
}
