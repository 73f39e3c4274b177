namespace Encore.Web.Api;

// Every error the API answers is an RFC 7807 problem (application/problem+json); validation problems carry an
// "errors" object with the messages for each field, named as the request's JSON names them.
public static class ApiProblems
{
    public const string MediaType = "application/problem+json";

    public static IResult Result(int status, string title, string? detail = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title);

    public static IResult NotFound(string what = "There is no such thing here, or not one you may see.") =>
        Result(StatusCodes.Status404NotFound, "Not found", what);

    public static IResult Forbidden(string detail) => Result(StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static IResult Validation(IEnumerable<(string Field, string Message)> problems, string detail = "The request has problems; nothing was changed.") =>
        TypedResults.ValidationProblem(
            problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).Distinct().ToArray()),
            detail, title: "The request is not valid");
}
