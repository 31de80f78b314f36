using Daisee.Billing.Worker.Forecast;
using NodaTime;

namespace Daisee.Billing.Worker.Tests.Forecast;

/// <summary>The sun's height at solar noon against the textbook value 90° − latitude + declination.</summary>
public sealed class SunPositionTests
{
    private static readonly Site Villeurbanne = new(45.766, 4.879, false);

    // Solar noon in UTC = 12:00 − 4 min × longitude − equation of time (June 21: −1.7 min; Dec 21: +2.0 min).
    [TestCase(2026, 6, 21, 11, 42, 23.44)]
    [TestCase(2026, 12, 21, 11, 38, -23.44)]
    public void At_SolarNoon_HeightIsNinetyMinusLatitudePlusDeclination(int year, int month, int day, int hour, int minute, double declination)
    {
        var sun = SunPosition.At(Instant.FromUtc(year, month, day, hour, minute), Villeurbanne);

        var expected = Math.Sin((90 - 45.766 + declination) * Math.PI / 180);
        Assert.That(sun.Up, Is.EqualTo(expected).Within(0.003));
        Assert.That(Math.Abs(sun.East), Is.LessThan(0.01), "due south at noon");
        Assert.That(sun.North, Is.LessThan(0), "south of the zenith");
    }

    [Test]
    public void At_Midnight_SunIsBelowTheHorizon()
    {
        Assert.That(SunPosition.At(Instant.FromUtc(2026, 6, 21, 23, 40), Villeurbanne).Up, Is.LessThan(0));
    }
}
