namespace Daisee.Billing.Worker.Tests.Hostile;

/// <summary>The iExec input side of a case: the IEXEC_IN folder, the variables and the month argument.</summary>
public sealed class HostileInput(string folder)
{
    public string Folder { get; } = folder;

    public Dictionary<string, string> Environment { get; } = [];

    public string Month { get; set; } = "2026-06";

    public string Combine(string relative) => Path.Combine(Folder, relative);

    /// <summary>Writes a zip dataset and names it in IEXEC_DATASET_FILENAME.</summary>
    public void Zip(RawZip zip, string name = "dataset.zip")
    {
        File.WriteAllBytes(Combine(name), zip.ToBytes());
        Environment["IEXEC_DATASET_FILENAME"] = name;
    }

    /// <summary>Creates a folder dataset (the local runners' shape) and names it in IEXEC_DATASET_FILENAME.</summary>
    public string DatasetFolder(string name = "dataset")
    {
        var path = Combine(name);
        Directory.CreateDirectory(Path.Combine(path, "curves"));
        Environment["IEXEC_DATASET_FILENAME"] = name;
        return path;
    }
}
