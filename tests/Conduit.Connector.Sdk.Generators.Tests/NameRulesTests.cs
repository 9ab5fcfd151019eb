namespace Conduit.Connector.Sdk.Generators.Tests;

public class NameRulesTests
{
    [Theory]
    [InlineData("RecordCount", "recordCount")]
    [InlineData("HTTPRequest", "httpRequest")]
    [InlineData("Snake_case_field", "snake_case_field")]
    [InlineData("S3Bucket", "s3Bucket")]
    [InlineData("X", "x")]
    [InlineData("already", "already")]
    [InlineData("URL", "url")]
    [InlineData("ID", "id")]
    public void ToParameterName_PropertyName_FollowsGoRule(string name, string expected)
    {
        Assert.Equal(expected, NameRules.ToParameterName(name));
    }
}
