using System.Diagnostics;

namespace Daisee.Billing.Worker.Tests.Output;

/// <summary>
/// Runs a machine tool the document tests need (pdftoppm, pdftotext, chromium). When it is
/// missing the test fails under CI=true and is ignored otherwise, saying how to install it.
/// </summary>
public static class ExternalTool
{
    public static string Require(string name)
    {
        var path = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
        if (path is not null)
        {
            return path;
        }

        var message = $"'{name}' is not installed: run scripts/setup.d/30-documents.sh (Debian chromium, poppler-utils).";
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
        return name;
    }

    public static string Run(string name, params string[] arguments)
    {
        var start = new ProcessStartInfo(Require(name)) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{name} did not finish within 90 s.");
        }

        Assert.That(process.ExitCode, Is.Zero, $"{name} failed: {stderr.Result}");
        return stdout.Result;
    }
}
