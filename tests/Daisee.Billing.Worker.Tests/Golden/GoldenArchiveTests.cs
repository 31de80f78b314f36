using System.Text;
using Daisee.Billing.Worker.Tests.Support;

namespace Daisee.Billing.Worker.Tests.Golden;

/// <summary>
/// End to end: each sample month is billed by the real worker binary and every file of the
/// result (PDFs included: they are deterministic) is compared byte for byte with
/// <c>Golden/&lt;scenario&gt;/</c>. <c>UPDATE_GOLDEN=1</c> rewrites them (review their diffs like
/// code); under <c>CI=true</c> it fails instead, so CI never blesses its own output.
/// </summary>
[TestFixture]
public sealed class GoldenArchiveTests
{
    /// <summary>The output folder an iExec worker gives the app; <c>computed.json</c> names it.</summary>
    private const string IexecOut = "/iexec_out";

    [TestCase("villeurbanne-2026-03", "villeurbanne", "2026-03")]
    [TestCase("villeurbanne-2026-06", "villeurbanne", "2026-06")]
    [TestCase("villeurbanne-2026-10", "villeurbanne", "2026-10")]
    public void Bill_SampleMonth_EveryFileEqualsItsGolden(string scenario, string sample, string month)
    {
        using var output = new TempFolder();
        var (exit, _, stderr) = WorkerProcess.Run(
            new Dictionary<string, string>(), "--month", month, "--dataset", RepositoryRoot.Combine("samples", sample), "--out", output.Path);
        Assert.That(exit, Is.Zero, stderr);
        var actual = Read(output.Path, computed => computed.Replace(output.Path, IexecOut, StringComparison.Ordinal));
        var golden = RepositoryRoot.Combine("tests", "Daisee.Billing.Worker.Tests", "Golden", scenario);

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Assert.That(Environment.GetEnvironmentVariable("CI"), Is.Not.EqualTo("true"), "UPDATE_GOLDEN=1 under CI=true: goldens are rewritten by a person, never by CI");
            Rewrite(golden, actual);
        }

        Assert.That(Directory.Exists(golden), Is.True, $"missing golden folder {golden}: run once with UPDATE_GOLDEN=1 and review it");
        var expected = Read(golden, computed => computed);
        Assert.That(actual.Keys, Is.EquivalentTo(expected.Keys), "the set of output files");
        Assert.Multiple(() =>
        {
            foreach (var (name, bytes) in expected)
            {
                Assert.That(FirstDifference(actual[name], bytes), Is.Null, $"{scenario}/{name} differs from its golden");
            }
        });
    }

    private static SortedDictionary<string, byte[]> Read(string folder, Func<string, string> computedJson)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (name == ".gitattributes")
            {
                continue;
            }

            var bytes = File.ReadAllBytes(file);
            files[name] = name == "computed.json" ? Encoding.UTF8.GetBytes(computedJson(Encoding.UTF8.GetString(bytes))) : bytes;
        }

        return files;
    }

    private static void Rewrite(string golden, SortedDictionary<string, byte[]> actual)
    {
        if (Directory.Exists(golden))
        {
            foreach (var file in Directory.EnumerateFiles(golden, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != ".gitattributes"))
            {
                File.Delete(file);
            }
        }

        foreach (var (name, bytes) in actual)
        {
            var path = Path.Combine(golden, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
    }

    /// <summary>Null when equal; else where the first difference is (line for text, byte offset always).</summary>
    private static string? FirstDifference(byte[] actual, byte[] expected)
    {
        var length = Math.Min(actual.Length, expected.Length);
        var i = 0;
        while (i < length && actual[i] == expected[i])
        {
            i++;
        }

        if (i == length && actual.Length == expected.Length)
        {
            return null;
        }

        var line = 1 + expected.AsSpan(0, i).Count((byte)'\n');
        return $"first difference at byte {i} (line {line}); sizes {actual.Length} vs golden {expected.Length}";
    }
}
