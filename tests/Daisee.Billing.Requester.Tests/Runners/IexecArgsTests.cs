using Daisee.Billing.Requester.Runners;

namespace Daisee.Billing.Requester.Tests.Runners;

/// <summary>iexec_args split as the iExec worker splits them (Maven translateCommandline).</summary>
[TestFixture]
public sealed class IexecArgsTests
{
    [TestCase("--month 2026-06", new[] { "--month", "2026-06" })]
    [TestCase("  --month   2026-06  ", new[] { "--month", "2026-06" })]
    [TestCase("a\tb", new[] { "a\tb" })]
    [TestCase("a\nb c", new[] { "a\nb", "c" })]
    [TestCase("--name \"Foyer B\" x", new[] { "--name", "Foyer B", "x" })]
    [TestCase("--name 'say \"hi\"'", new[] { "--name", "say \"hi\"" })]
    [TestCase("ab\"c d\"e", new[] { "abc de" })]
    [TestCase("a \"\" b", new[] { "a", "b" })]
    [TestCase("a\\ b", new[] { "a\\", "b" })]
    [TestCase("--month \"2026-06", new string[0])]
    [TestCase("", new string[0])]
    public void Split_IexecArgs_WordsAsTheWorkerGivesThem(string iexecArgs, string[] expected)
    {
        Assert.That(IexecArgs.Split(iexecArgs), Is.EqualTo(expected));
    }

    [TestCase(new[] { "--month", "2026-06" }, "--month 2026-06")]
    [TestCase(new[] { "--name", "Foyer B" }, "--name \"Foyer B\"")]
    [TestCase(new[] { "say \"hi\"" }, "'say \"hi\"'")]
    [TestCase(new[] { "it's" }, "\"it's\"")]
    public void Join_Arguments_RoundTripsThroughSplit(string[] arguments, string expected)
    {
        var joined = IexecArgs.Join(arguments);

        Assert.That(joined, Is.EqualTo(expected));
        Assert.That(IexecArgs.Split(joined), Is.EqualTo(arguments));
    }

    [TestCase("")]
    [TestCase("both ' and \"")]
    public void Join_ArgumentIexecCannotCarry_Throws(string argument)
    {
        Assert.That(() => IexecArgs.Join([argument]), Throws.ArgumentException);
    }
}
