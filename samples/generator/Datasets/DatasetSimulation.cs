using System.Collections.Immutable;
using Daisee.Billing.SampleGenerator.Output;
using Daisee.Billing.SampleGenerator.Simulation;
using Daisee.Billing.SampleGenerator.Sites;
using NodaTime;
using NodaTime.Text;

namespace Daisee.Billing.SampleGenerator.Datasets;

/// <summary>Simulates every participant for every month into a <see cref="DatasetContent"/>.</summary>
public static class DatasetSimulation
{
    /// <summary>Returns the dataset and the energy summary lines of each month; with <paramref name="weather"/>, the site's weather file of each month too.</summary>
    public static (DatasetContent Content, ImmutableArray<string> Summary) Run(
        ulong seed, CollectiveSpec collective, IEnumerable<YearMonth> months, bool weather = false)
    {
        ArgumentNullException.ThrowIfNull(collective);
        ArgumentNullException.ThrowIfNull(months);
        var simulator = new CurveSimulator(seed, collective);
        var content = new DatasetContent(collective);
        var summary = ImmutableArray.CreateBuilder<string>();
        foreach (YearMonth month in months.Order())
        {
            MonthWindow window = simulator.Window(month);
            string label = YearMonthPattern.Iso.Format(month);
            var curves = new Dictionary<string, ImmutableArray<CurvePoint>>(StringComparer.Ordinal);
            foreach (ParticipantSpec participant in collective.Participants)
            {
                ImmutableArray<CurvePoint> points = simulator.Simulate(participant, month);
                curves.Add(participant.Prm, points);
                content.CurveFiles.Add(DatasetContent.CurvePath(label, participant.Prm),
                    LayoutACurveFile.Lines(participant, window, points));
            }

            if (weather)
            {
                content.CurveFiles.Add(DatasetContent.WeatherPath(label), simulator.WeatherLines(month));
            }

            summary.AddRange(EnergySummary.Lines(collective, window, curves));
        }

        return (content, summary.ToImmutable());
    }
}
