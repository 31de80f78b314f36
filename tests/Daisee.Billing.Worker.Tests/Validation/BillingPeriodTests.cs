using Daisee.Billing.Worker.Domain;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Validation;

/// <summary>
/// Step indexes of June 2026 in Paris at 30 minutes: the month starts at 2026-05-31T22:00Z (local
/// midnight, UTC+2) and has 30 × 48 = 1,440 steps; an instant is a step's only when it starts one.
/// </summary>
[TestFixture]
public sealed class BillingPeriodTests
{
    private static readonly BillingPeriod June = new(new YearMonth(2026, 6), DateTimeZoneProviders.Tzdb["Europe/Paris"], 30);

    [TestCase(0L, 0)]
    [TestCase(30L * 60_000_000_000, 1)]
    [TestCase(47L * 30 * 60_000_000_000, 47)]
    [TestCase(1439L * 30 * 60_000_000_000, 1439)]
    [TestCase(1440L * 30 * 60_000_000_000, -1)]
    [TestCase(-30L * 60_000_000_000, -1)]
    [TestCase(30L * 60_000_000_000 + 1, -1)]
    [TestCase(30L * 60_000_000_000 + 100, -1)]
    [TestCase(15L * 60_000_000_000, -1)]
    public void IndexOf_InstantAfterTheStart_GivesItsStep(long nanosecondsAfterStart, int expected) =>
        Assert.That(June.IndexOf(Instant.FromUtc(2026, 5, 31, 22, 0) + Duration.FromNanoseconds(nanosecondsAfterStart)), Is.EqualTo(expected));

    [Test]
    public void StepCount_JuneInParis_Is1440() => Assert.That(June.StepCount, Is.EqualTo(1440));
}
