using Daisee.Billing.Requester.Chain;
using Daisee.Billing.Requester.Iexec.LocalStack;
using Daisee.Billing.Requester.Tests.Governance;

namespace Daisee.Billing.Requester.Tests.Commands;

/// <summary><c>verify --month</c>: a result checked against the collective's anchor, check by check.</summary>
public sealed partial class GovernanceCommandTests
{
    private const string June = "2026-06";

    [Test]
    public async Task Verify_AnchoredResult_EveryCheckPasses_AnotherWalletsRunWithAChangedPriceRefused()
    {
        await DeployWithMembersAsync();
        var genuine = await CompletedTask.RunAsync(_chain, _files, Sample, June, CancellationToken.None);
        var outsider = AnvilAccounts.Key(6);
        var forged = await CompletedTask.RunAsync(_chain, _files, CopyWithLocalHpPrice("0.1950"), June, outsider, CancellationToken.None);
        await ApproveAndAnchorAsync(genuine);
        _environment["DAISEE_APP"] = genuine.App.ToString();

        var (okExit, ok) = await RunAsync(Organiser, "verify", Save(genuine, "genuine.zip"), "--month", June);
        var (forgedExit, refused) = await RunAsync(Organiser, "verify", Save(forged, "forged.zip"), "--month", June, "--task", forged.TaskId.ToString());
        var (swappedExit, swapped) = await RunAsync(Organiser, "verify", Save(forged, "forged.zip"), "--month", June);

        Assert.Multiple(() =>
        {
            Assert.That(okExit, Is.EqualTo(ExitCodes.Ok), ok);
            foreach (var check in new[] { "anchor", "task", "task status", "files", "result digest", "requester", "app", "rules", "period" })
            {
                Assert.That(ok, Does.Contain($"✓ {check}:"), check);
            }

            Assert.That(ok, Does.Contain($"✓ period: manifest period {June}, month {June}"));
            Assert.That(ok, Does.Not.Contain("✗"));
            Assert.That(forgedExit, Is.EqualTo(ExitCodes.VerificationFailed), refused);
            Assert.That(refused, Does.Contain($"✗ task: {forged.TaskId} is not the anchored task {genuine.TaskId}"));
            Assert.That(refused, Does.Contain($"✗ requester: deal requester {outsider.Address}, organiser {Organiser.Address}"));
            Assert.That(refused, Does.Contain($"✗ rules: manifest rulesHash {forged.ManifestRulesHash()}, anchored {genuine.ManifestRulesHash()}, not approved"));
            Assert.That(swappedExit, Is.EqualTo(ExitCodes.VerificationFailed), swapped);
            Assert.That(swapped, Does.Contain("✗ result digest"), "the anchored task's digest is not the forged manifest's");
        });
    }

    [Test]
    public async Task Verify_ACentChangedInABill_FilesCheckFails()
    {
        await DeployWithMembersAsync();
        var genuine = await CompletedTask.RunAsync(_chain, _files, Sample, June, CancellationToken.None);
        await ApproveAndAnchorAsync(genuine);
        _environment["DAISEE_APP"] = genuine.App.ToString();
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "tampered")).FullName;
        foreach (var (name, bytes) in genuine.Result.Files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, name))!);
            await File.WriteAllBytesAsync(Path.Combine(folder, name), bytes);
        }

        var bill = genuine.Result.Files.Keys.First(k => k.StartsWith("bill-", StringComparison.Ordinal) && k.EndsWith(".json", StringComparison.Ordinal));
        var text = await File.ReadAllTextAsync(Path.Combine(folder, bill));
        var changed = System.Text.RegularExpressions.Regex.Replace(text, @"(\d+\.\d)(\d)", m => m.Groups[1].Value + (m.Groups[2].Value == "9" ? "8" : "9"), System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.That(changed, Is.Not.EqualTo(text));
        await File.WriteAllTextAsync(Path.Combine(folder, bill), changed);

        var (exit, output) = await RunAsync(Organiser, "verify", folder, "--month", June);

        Assert.That(exit, Is.EqualTo(ExitCodes.VerificationFailed), output);
        Assert.That(output, Does.Contain("✗ files:").And.Contain(bill));
    }

    [Test]
    public async Task Verify_SupersededMonth_OldResultNamesTheNewTask()
    {
        await DeployWithMembersAsync();
        var first = await CompletedTask.RunAsync(_chain, _files, Sample, June, CancellationToken.None);
        var second = await CompletedTask.RunAsync(_chain, _files, Sample, June, CancellationToken.None);
        await ApproveAndAnchorAsync(first);
        await RunAsync(Organiser, "supersede", "--month", June, "--task", second.TaskId.ToString(), "--dataset", SamplePath, "--reason", "definitive split");
        _environment["DAISEE_APP"] = first.App.ToString();

        var (exit, output) = await RunAsync(Organiser, "verify", Save(first, "first.zip"), "--month", June, "--task", first.TaskId.ToString());

        Assert.That(exit, Is.EqualTo(ExitCodes.VerificationFailed), output);
        Assert.That(output.Replace("\n", "", StringComparison.Ordinal), Does.Contain($"{June} was superseded by task {second.TaskId} (revision 1)"));
    }

    private async Task ApproveAndAnchorAsync(CompletedTask billed)
    {
        var rules = billed.ManifestRulesHash().ToString();
        await RunAsync(Organiser, "rules", "propose", "--month", June, "--dataset", SamplePath);
        await RunAsync(Members[0], "rules", "approve", rules);
        await RunAsync(Members[1], "rules", "approve", rules);
        var (exit, text) = await RunAsync(Organiser, "anchor", "--month", June, "--task", billed.TaskId.ToString(), "--rules", rules);
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), text);
    }

    private string Save(CompletedTask task, string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, task.Zip);
        return path;
    }

    private string CopyWithLocalHpPrice(string price)
    {
        var copy = Path.Combine(_folder, "copy");
        foreach (var file in Directory.EnumerateFiles(SamplePath, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(SamplePath, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var collective = Path.Combine(copy, "collective.json");
        var text = File.ReadAllText(collective);
        Assert.That(text, Does.Contain("\"HP\": 0.1450"));
        File.WriteAllText(collective, text.Replace("\"HP\": 0.1450", "\"HP\": " + price, StringComparison.Ordinal));
        return copy;
    }
}
