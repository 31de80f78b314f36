using System.Text.Json;
using Daisee.Billing.Requester.Commands;

namespace Daisee.Billing.Requester.Tests.Commands;

/// <summary><c>simulation.png</c> and <c>simulation.html</c> from a hand-written <c>simulation.json</c>: the page embeds the PNG, lists every member under every policy, and is the same bytes on every run.</summary>
[TestFixture]
public sealed class SimulationChartTests
{
    private const string Simulation = """
        {"period":"2026-02","curves":"measured","policies":[
          {"policy":"prorata","method":"Prorata","productionKwh":90,"consumptionKwh":150,"localKwh":90,"surplusKwh":0,"selfConsumptionRate":1,"coverageRate":0.6,"savingEur":8.63,"members":[
            {"prm":"30000000000001","role":"producer","measuredKwh":90,"localKwh":90,"surplusKwh":0},
            {"prm":"30000000000011","role":"consumer","measuredKwh":50,"localKwh":30,"complementKwh":20,"savingEur":2.87,"localShare":0.3333,"consumptionShare":0.3333,"investmentShare":0.75}]},
          {"policy":"static","method":"Static","productionKwh":90,"consumptionKwh":150,"localKwh":78,"surplusKwh":12,"selfConsumptionRate":0.8667,"coverageRate":0.52,"savingEur":7.5,"members":[
            {"prm":"30000000000001","role":"producer","measuredKwh":90,"localKwh":78,"surplusKwh":12},
            {"prm":"30000000000011","role":"consumer","measuredKwh":50,"localKwh":35,"complementKwh":15,"savingEur":3.36,"localShare":0.4487,"consumptionShare":0.3333}]},
          {"policy":"current","method":"DynamicSimple","problem":"the keys file is missing"}]}
        """;

    [Test]
    public void Write_HandWrittenSimulation_PageHoldsTheChartAndEveryMemberUnderEveryPolicy()
    {
        var folder = Directory.CreateTempSubdirectory("daisee-chart-").FullName;
        try
        {
            using var json = JsonDocument.Parse(Simulation);

            SimulationChart.Write(json.RootElement, folder);

            var png = File.ReadAllBytes(Path.Combine(folder, SimulationChart.PngName));
            var html = File.ReadAllText(Path.Combine(folder, SimulationChart.HtmlName));
            Assert.Multiple(() =>
            {
                Assert.That(html, Does.Contain("src=\"data:image/png;base64," + Convert.ToBase64String(png) + "\""));
                Assert.That(html, Does.Contain("<tr><td>prorata</td><td>90</td><td>0</td><td>1</td><td>0.6</td><td>8.63</td></tr>"));
                Assert.That(html, Does.Contain("<tr><td>30000000000011</td><td>consumer</td><td>prorata</td><td>50</td><td>30</td><td>20</td><td>2.87</td><td>0.3333</td><td>0.3333</td><td>0.75</td></tr>"));
                Assert.That(html, Does.Contain("<tr><td>30000000000011</td><td>consumer</td><td>static</td><td>50</td><td>35</td><td>15</td><td>3.36</td><td>0.4487</td><td>0.3333</td><td>-</td></tr>"));
                Assert.That(html, Does.Contain("<tr><td>30000000000001</td><td>producer</td><td>static</td><td>90</td><td>78</td><td>12</td><td>-</td><td>-</td><td>-</td><td>-</td></tr>"));
                Assert.That(html, Does.Not.Contain("<td>current</td>"), "a policy that cannot apply has no figures");
                Assert.That(html, Does.Not.Contain("\r"));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Write_SameSimulationTwice_SameBytes()
    {
        var first = Directory.CreateTempSubdirectory("daisee-chart-").FullName;
        var second = Directory.CreateTempSubdirectory("daisee-chart-").FullName;
        try
        {
            using var json = JsonDocument.Parse(Simulation);

            SimulationChart.Write(json.RootElement, first);
            SimulationChart.Write(json.RootElement, second);

            Assert.Multiple(() =>
            {
                Assert.That(File.ReadAllBytes(Path.Combine(second, SimulationChart.PngName)), Is.EqualTo(File.ReadAllBytes(Path.Combine(first, SimulationChart.PngName))));
                Assert.That(File.ReadAllBytes(Path.Combine(second, SimulationChart.HtmlName)), Is.EqualTo(File.ReadAllBytes(Path.Combine(first, SimulationChart.HtmlName))));
            });
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }
}
