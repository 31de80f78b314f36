using Daisee.Billing.SampleGenerator.Output;
using Daisee.Billing.SampleGenerator.Sites;

namespace Daisee.Billing.SampleGenerator.Datasets;

/// <summary>
/// A dataset in memory before it is written: collective.json and the text lines of every
/// curve file (and weather file), keyed by path relative to the dataset root with '/' separators (sorted
/// ordinally, so files are always produced in the same order).
/// </summary>
public sealed class DatasetContent
{
    private static readonly string[] Folders = ["curves", "weather"];

    public DatasetContent(CollectiveSpec collective) => Collective = collective;

    public CollectiveSpec Collective { get; }

    public SortedDictionary<string, List<string>> CurveFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Replaces the dataset at <paramref name="root"/>: its curves/ and weather/ folders are deleted first so
    /// no stale file survives, then collective.json and every curve file are written.
    /// </summary>
    public void Write(string root)
    {
        foreach (string folder in Folders.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(root);
        CollectiveJsonFile.Write(Path.Combine(root, "collective.json"), Collective);
        foreach ((string relativePath, List<string> lines) in CurveFiles)
        {
            string path = Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar));
            if (relativePath.StartsWith("weather/", StringComparison.Ordinal))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, string.Join('\n', lines) + "\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            else
            {
                LayoutACurveFile.Write(path, lines);
            }
        }
    }

    public static string CurvePath(string month, string prm) => "curves/" + month + "/" + prm + ".csv";

    public static string WeatherPath(string month) => "weather/" + month + ".csv";
}
