using RiskReporting.Core.State;

namespace RiskReporting.Core.Tests.State;

public sealed class UserRoleTests
{
    [TestCase("operator")]
    [TestCase("itops")]
    [TestCase("auditor")]
    [TestCase("branch:100001")]
    public void Parse_ThenToString_RoundTrips(string text) =>
        Assert.That(UserRole.Parse(text).ToString(), Is.EqualTo(text));

    [TestCase("superuser")]
    [TestCase("branch:")]
    [TestCase("branch:../x")]
    [TestCase("Operator")]
    public void Parse_UnknownRole_IsRefused(string text) =>
        Assert.That(() => UserRole.Parse(text), Throws.TypeOf<FormatException>());
}
