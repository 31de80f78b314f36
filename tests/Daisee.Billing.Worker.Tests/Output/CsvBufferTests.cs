using System.Text;
using Daisee.Billing.Worker.Domain;
using Daisee.Billing.Worker.Output;

namespace Daisee.Billing.Worker.Tests.Output;

[TestFixture]
public sealed class CsvBufferTests
{
    [TestCase(0L, "0")]
    [TestCase(1L, "0.001")]
    [TestCase(10L, "0.01")]
    [TestCase(1000L, "1")]
    [TestCase(1050L, "1.05")]
    [TestCase(1005L, "1.005")]
    [TestCase(1234567L, "1234.567")]
    [TestCase(-1500L, "-1.5")]
    [TestCase(-1L, "-0.001")]
    [TestCase(long.MinValue, "-9223372036854775.808")]
    public void AppendWattHours_MilliwattHours_WattHoursWithoutTrailingZeros(long milliwattHours, string expected)
    {
        var bytes = new CsvBuffer("h", 0).AppendWattHours(new Energy(milliwattHours)).ToArray();

        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo("h\n" + expected));
    }

    [TestCase(0L, "0.000000")]
    [TestCase(1L, "0.000001")]
    [TestCase(1000000L, "1.000000")]
    [TestCase(1234567L, "1.234567")]
    [TestCase(-20L, "-0.000020")]
    public void AppendMillionths_Count_SixDecimals(long millionths, string expected)
    {
        var bytes = new CsvBuffer("h", 0).AppendMillionths(millionths).ToArray();

        Assert.That(Encoding.UTF8.GetString(bytes), Is.EqualTo("h\n" + expected));
    }

    [Test]
    public void Append_BeyondTheExpectedSize_Grows()
    {
        var buffer = new CsvBuffer("prm", 1);
        for (var i = 0; i < 1000; i++)
        {
            buffer.Append("é,").Append('\n');
        }

        Assert.That(buffer.ToArray(), Has.Length.EqualTo(4 + (1000 * 4)));
    }
}
