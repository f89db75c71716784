import MentorCore

/// The people of the matching scenarios: a mentee in São Paulo whose manager is a mentor, mentors in San Francisco,
/// Lisbon and Tokyo, so shared working hours differ a lot, and Dee in Mexico City, who has not joined yet.
public enum MatchingCast {
    public static let csv = """
        email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status
        priya@example.com,Priya Raman,,Bengaluru,IN,Asia/Kolkata,People,Programs,executive,2014-02-03,en;hi,active
        bruno@example.com,Bruno Silva,priya@example.com,São Paulo,BR,America/Sao_Paulo,Sales,LATAM,mid,2022-01-17,pt;en;es,active
        alice@example.com,Alice Nguyen,,San Francisco,US,America/Los_Angeles,Engineering,Platform,senior,2019-06-10,en;vi,active
        eva@example.com,Eva Costa,,Lisbon,PT,Europe/Lisbon,Marketing,Brand,senior,2016-03-01,pt;en,active
        chiyo@example.com,Chiyo Tanaka,,Tokyo,JP,Asia/Tokyo,Product,Growth,lead,2017-09-01,ja;en,active
        dee@example.com,Dee Okafor,priya@example.com,Mexico City,MX,America/Mexico_City,Finance,Treasury,early,2024-03-04,en;es,active
        """

    /// The offer number in a message such as "… accept 3 …".
    public static func offerNumber(in text: String) -> String? {
        text.firstMatch(of: /accept (\d+)/).map { String($0.1) }
    }
}
