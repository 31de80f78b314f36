using System.Collections.Immutable;
using Daisee.Billing.SampleGenerator.Physics;
using Daisee.Billing.SampleGenerator.Randomness;
using Daisee.Billing.SampleGenerator.Sites;
using NodaTime;
using NodaTime.Text;

namespace Daisee.Billing.SampleGenerator.Simulation;

/// <summary>
/// Simulates the curve of any participant for a month. Each (participant, month) pair has its
/// own random stream derived from the seed, and the weather is shared by the whole collective.
/// </summary>
public sealed class CurveSimulator
{
    private readonly ulong _seed;
    private readonly CollectiveSpec _collective;
    private readonly Climate _climate;
    private readonly DateTimeZone _zone = DateTimeZoneProviders.Tzdb[CollectiveSpec.TimeZoneId];

    public CurveSimulator(ulong seed, CollectiveSpec collective)
    {
        _seed = seed;
        _collective = collective;
        _climate = new Climate(seed);
    }

    public MonthWindow Window(YearMonth month) =>
        new(month, _zone, Duration.FromMinutes(CollectiveSpec.StepMinutes));

    /// <summary>The site's weather file of the month (<see cref="Output.WeatherFile"/>), under the same sky as the curves.</summary>
    public List<string> WeatherLines(YearMonth month) =>
        Output.WeatherFile.Lines(Window(month), _climate, (double)_collective.Latitude, (double)_collective.Longitude);

    public ImmutableArray<CurvePoint> Simulate(ParticipantSpec participant, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(participant);
        string monthLabel = YearMonthPattern.Iso.Format(month);
        Pcg32 random = StreamSeed.Create(_seed, "curve", participant.Prm, monthLabel);
        MonthWindow window = Window(month);
        if (participant.Array is not null)
        {
            return ProducerCurve.Simulate(participant.Array, (double)_collective.Latitude,
                (double)_collective.Longitude, window, _climate, random);
        }

        ConsumerModel model = participant.Load
            ?? throw new InvalidOperationException("participant " + participant.Prm + " has neither a load nor an array");
        return ConsumerCurve.Simulate(model, participant.SubscribedKva, window, _climate, random);
    }
}
