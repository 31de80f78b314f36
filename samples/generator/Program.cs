using System.Collections.Immutable;
using Daisee.Billing.SampleGenerator.Cli;
using Daisee.Billing.SampleGenerator.Datasets;
using Daisee.Billing.SampleGenerator.Faults;
using Daisee.Billing.SampleGenerator.Output;
using Daisee.Billing.SampleGenerator.Sites;
using NodaTime;

namespace Daisee.Billing.SampleGenerator;

/// <summary>
/// daisee-samplegen: deterministic, seeded sample datasets for Daisee.Billing. The only place
/// that touches the file system's choices (paths from the command line) and the exit code.
/// </summary>
public static class Program
{
    private static readonly LocalDate PlotWeekMonday = new(2026, 6, 15);

    public static int Main(string[] args)
    {
        (GeneratorOptions? options, ImmutableArray<string> errors) = GeneratorOptionsParser.Parse(args);
        if (options is null)
        {
            foreach (string error in errors)
            {
                Console.Error.WriteLine("error: " + error);
            }

            Console.Error.WriteLine(GeneratorOptions.Usage);
            return 2;
        }

        if (options.OutDirectory is string root)
        {
            Generate(options, root);
        }

        if (options.PlotPath is string plot)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(plot))!);
            WeekPlot.Render(plot, options.Seed, VilleurbanneRoster.Create(options.Consumers), PlotWeekMonday);
            Console.WriteLine("plot: " + plot);
        }

        return 0;
    }

    private static void Generate(GeneratorOptions options, string root)
    {
        if (options.Variant == FaultVariants.All)
        {
            FaultyDatasets.WriteAll(root, options.Seed);
            Console.WriteLine("faulty variants written under " + root);
        }
        else if (options.Variant is string variant)
        {
            foreach (FaultNote note in FaultyDatasets.WriteOne(root, variant, options.Seed))
            {
                Console.WriteLine(note.File + ", " + note.Lines + ": " + note.Description);
            }
        }
        else
        {
            CollectiveSpec collective = VilleurbanneRoster.Create(options.Consumers);
            (DatasetContent content, ImmutableArray<string> summary) =
                DatasetSimulation.Run(options.Seed, collective, options.Months, options.Weather);
            content.Write(root);
            foreach (string line in summary)
            {
                Console.WriteLine(line);
            }
        }
    }
}
