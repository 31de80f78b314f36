using Daisee.Billing.SampleGenerator.Output;
using Daisee.Billing.SampleGenerator.Sites;

namespace Daisee.Billing.SampleGenerator.Datasets;

/// <summary>
/// A dataset in memory before it is written: collective.json and the text lines of every
/// curve file, keyed by path relative to the dataset root with '/' separators (sorted
/// ordinally, so files are always produced in the same order).
/// </summary>
public sealed class DatasetContent
{
    public DatasetContent(CollectiveSpec collective) => Collective = collective;

    public CollectiveSpec Collective { get; }

    public SortedDictionary<string, List<string>> CurveFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Replaces the dataset at <paramref name="root"/>: its curves/ folder is deleted first so
    /// no stale file survives, then collective.json and every curve file are written.
    /// </summary>
    public void Write(string root)
    {
        string curves = Path.Combine(root, "curves");
        if (Directory.Exists(curves))
        {
            Directory.Delete(curves, recursive: true);
        }

        Directory.CreateDirectory(root);
        CollectiveJsonFile.Write(Path.Combine(root, "collective.json"), Collective);
        foreach ((string relativePath, List<string> lines) in CurveFiles)
        {
            LayoutACurveFile.Write(Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar)), lines);
        }
    }

    public static string CurvePath(string month, string prm) => "curves/" + month + "/" + prm + ".csv";
}
