
namespace Encore.Works;

public class Series
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Summary { get; set; }
    public string? Notes { get; set; }
    public bool IsComplete { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<SeriesWork> Works { get; set; } = [];
}

public class SeriesWork
{
    public int SeriesId { get; set; }
    public Series Series { get; set; } = null!;
    public int WorkId { get; set; }
    public Work Work { get; set; } = null!;
    public int Position { get; set; }
}
