/// A small, fixed cast for scenario tests, spread over four continents, as an HRIS CSV.
public enum SampleTeam {
    public static let csv = """
        email,name,manager_email,site,country,timezone,function,team,career_stage,hire_date,languages,status
        priya@example.com,Priya Raman,,Bengaluru,IN,Asia/Kolkata,People,Programs,executive,2014-02-03,en;hi,active
        alice@example.com,Alice Nguyen,,San Francisco,US,America/Los_Angeles,Engineering,Platform,senior,2019-06-10,en;vi,active
        bruno@example.com,Bruno Silva,priya@example.com,São Paulo,BR,America/Sao_Paulo,Sales,LATAM,mid,2022-01-17,pt;en;es,active
        chiyo@example.com,Chiyo Tanaka,,Tokyo,JP,Asia/Tokyo,Product,Growth,lead,2017-09-01,ja;en,active
        dee@example.com,Dee Parted,,London,GB,Europe/London,Finance,FP&A,mid,2018-04-01,en,left
        """
}
